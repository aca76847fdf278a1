-- What an acknowledgement of a context change decided. NULL only for acknowledgements made before outcomes existed:
-- they count as NO_IMPACT with their response as the reason (shown as such for review), so no flag reopens.
ALTER TABLE context_event_impact
    ADD COLUMN outcome VARCHAR(30)
        CHECK (outcome IN ('RETRAINED_OR_RECALIBRATED', 'NO_IMPACT', 'RETURNED_TO_EARLIER_PHASE')),
    ADD CHECK (outcome IS NULL OR acknowledged_at IS NOT NULL);
