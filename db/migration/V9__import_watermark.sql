-- import --jdbc (data-contract.md §5): per HDS source and table, the highest RecoveryKey loaded. It moves in the
-- transaction of the rows it covers, so a killed import resumes where its last commit ended.
-- source is the JDBC URL with its credentials masked; table_name the HDS table (Agent_State_Trace, ...).
CREATE TABLE recon.import_watermark (
    source       varchar(1000)  NOT NULL,
    table_name   varchar(128)   NOT NULL,
    recovery_key decimal(30, 6) NOT NULL,
    updated_at   timestamp(3) with time zone NOT NULL,
    PRIMARY KEY (source, table_name)
);
