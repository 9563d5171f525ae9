package com.scudo.customer;

/**
 * Who else writes the operational store. With DynamoDB Local inside this process (the embedded default and the
 * in-memory store) this process is its only writer, and every write through this module announces
 * {@link OperationalRecordsWritten}: a copy of a customer's records kept in this process then goes stale only when
 * such an announcement says so. Against DynamoDB in AWS other instances write too, and a copy must age out.
 */
public interface OperationalStoreScope {

    boolean writtenOnlyByThisProcess();
}
