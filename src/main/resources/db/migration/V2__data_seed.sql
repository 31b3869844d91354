-- Which demo data sets have been loaded, so that a restart never loads one twice.
CREATE TABLE data_seed (
    name       VARCHAR(100) NOT NULL,
    applied_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
);
