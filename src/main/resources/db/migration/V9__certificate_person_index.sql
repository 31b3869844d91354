-- "My certificates" asks for the certificates issued to the caller's account OR to their participant record.
-- Only holder_username had an index, so the OR read the whole table on every trainee's visit (MariaDB's user
-- statistics during the 500-trainee load test: 1,706 of 1,969 certificate rows read by scanning). With both
-- columns indexed the server can merge the two index look-ups.
CREATE INDEX ix_certificate_person ON certificate (person_id);
