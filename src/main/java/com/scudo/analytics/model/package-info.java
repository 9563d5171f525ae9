/**
 * The purchase models (BG/NBD, MBG/NBD, Gamma-Gamma, RFM scales) as plain Java: arrays and records in,
 * records out, testable without Spring or a database. Private to the analytics module.
 */
package com.scudo.analytics.model;
