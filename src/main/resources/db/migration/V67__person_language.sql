-- The language a person chose for the portal and their e-mails (a BCP 47 tag such as 'de'); NULL = the browser's.
ALTER TABLE app_user ADD COLUMN language VARCHAR(10);
