-- A password an administrator chose for someone (a new account, a reset) is for one use: its owner must choose
-- their own before anything else (ASVS 6.4.1). Existing accounts keep the passwords they have.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
