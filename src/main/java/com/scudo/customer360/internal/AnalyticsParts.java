package com.scudo.customer360.internal;

import com.scudo.customer360.Customer360;

/** The parts of a 360 view that come from the analytical store; each null when not computed yet. */
record AnalyticsParts(boolean known, Customer360.Scores scores, Customer360.Behaviour behaviour,
                      Customer360.SegmentMembership segments, Customer360.Trends trends) {
}
