package com.annavaram.platform.demo;

/**
 * The demo logins the local launcher creates with the demo data. Local use only: the services themselves have no
 * built-in account.
 */
public final class DemoAccounts {

    public static final String ADMIN_EMAIL = "admin@annavaram.local";
    public static final String ADMIN_PASSWORD = "Admin@12345";
    public static final String ADMIN_ROLE = "super_admin";

    public static final String CUSTOMER_NAME = "Lakshmi Prasanna";
    public static final String CUSTOMER_EMAIL = "customer@annavaram.local";
    public static final String CUSTOMER_PASSWORD = "Customer@12345";
    public static final String CUSTOMER_ROLE = "customer";

    private DemoAccounts() {
    }
}
