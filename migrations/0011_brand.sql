-- A site's logo for the email landing page (issue #13): a PNG, JPEG or WebP image kept as a data URL,
-- outside the settings JSON that the collector reads on every response. `logo_hash` names the
-- version in the page's <img> address, so browsers may cache it for good.
ALTER TABLE sites ADD COLUMN logo TEXT;
ALTER TABLE sites ADD COLUMN logo_hash TEXT;
