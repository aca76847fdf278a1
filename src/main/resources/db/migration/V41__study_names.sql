-- Checklist templates cite their study by the short name the pages use (see the Sources page), not by the
-- research team's internal file name.
UPDATE checklist_template SET seed = 'Value creation mechanisms of ML (JSIS 2022)' WHERE seed = '001_3bc9e50ba016038c.txt';
UPDATE checklist_template SET seed = 'The ML-based capability alignment study' WHERE seed = '000_46e2e533636b2b55.txt';
UPDATE checklist_template SET seed = 'Papineni & Lind (2023)' WHERE seed = '004_c0a38324d577989d.txt';
UPDATE checklist_template SET seed = 'Hopf, Müller, Shollo & Thiess: craft and mechanical work' WHERE seed = '003_8bdc5109f89bc5ec.txt';
