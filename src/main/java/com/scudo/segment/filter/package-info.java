/**
 * The one filter language (parser, typed fields, SQL and in-memory evaluation), a named interface of the segment
 * module that the assistant, the customer list, the dashboard and the exports use.
 */
@NamedInterface("filter")
package com.scudo.segment.filter;

import org.springframework.modulith.NamedInterface;
