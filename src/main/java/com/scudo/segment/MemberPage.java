package com.scudo.segment;

import java.util.List;

/** A page of segment members and the cursor of the next page (null on the last page). */
public record MemberPage(List<SegmentMember> members, String nextCursor) {
}
