package com.scudo.assistant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One block of an answer; {@code type} in JSON tells which. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProfileCard.class, name = "profile"),
        @JsonSubTypes.Type(value = CustomerListCard.class, name = "customers"),
        @JsonSubTypes.Type(value = SegmentCard.class, name = "segment"),
        @JsonSubTypes.Type(value = SegmentTableCard.class, name = "segments"),
        @JsonSubTypes.Type(value = SegmentMovesCard.class, name = "moves"),
        @JsonSubTypes.Type(value = ActionsCard.class, name = "actions"),
        @JsonSubTypes.Type(value = ChoicesCard.class, name = "choices"),
        @JsonSubTypes.Type(value = ExamplesCard.class, name = "examples")})
public sealed interface Card
        permits ProfileCard, CustomerListCard, SegmentCard, SegmentTableCard, SegmentMovesCard, ActionsCard, ChoicesCard,
        ExamplesCard {

    /** A heading for the card. */
    String title();
}
