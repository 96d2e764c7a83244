-- The invoice a block was billed on (io.stint.invoice marks it), so it is not billed twice.
ALTER TABLE ACTIVITY_BLOCKS ADD COLUMN INVOICE_NUMBER VARCHAR(50);
