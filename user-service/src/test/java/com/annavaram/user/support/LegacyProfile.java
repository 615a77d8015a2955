package com.annavaram.user.support;

/**
 * Razorpay on, for the contract tests on the legacy data set. A profile of its own: the application is rebuilt when
 * the database changes, since Panache keeps the database name of its first start.
 */
public class LegacyProfile extends RazorpayProfile {
}
