package com.annavaram.admin.auth;

import org.bson.types.ObjectId;

/**
 * The admin a request acts for, as loaded from {@code admins} when the token was checked.
 *
 * @param id the admin's id
 * @param email the admin's e-mail
 * @param role the admin's current role
 */
public record AdminPrincipal(ObjectId id, String email, AdminRole role) {
}
