/**
 * Assistant: answers plain-language questions with a sentence of insight, cards and the filter it ran, from
 * rules alone or with an optional language model planning the same queries as tools. Owns no table; reads
 * customers and segments through the analytics, segment and recommendation modules.
 */
@ApplicationModule(displayName = "Assistant",
        allowedDependencies = {"analytics", "ingest", "money", "platform", "segment", "segment :: filter", "recommendation", "shared"})
package com.scudo.assistant;

import org.springframework.modulith.ApplicationModule;
