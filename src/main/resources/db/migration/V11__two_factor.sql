-- The second sign-in factor (TOTP, RFC 6238) of administrators, organisers and analysts: the shared secret
-- (Base32, set once the user has proved their app shows the right codes) and the last 30-second time step whose
-- code was accepted, so that no code is accepted twice.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;
ALTER TABLE app_user ADD COLUMN totp_enrolled_at DATETIME(6);
