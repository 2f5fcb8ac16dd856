-- issue 29: a year's table outside what real years look like is loaded only with the administrator's
-- stated reason, kept with the update it allowed
ALTER TABLE nf_calendar_update ADD COLUMN confirmation VARCHAR(2000);
