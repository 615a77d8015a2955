package com.annavaram.admin.auth;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.error.ApiException;
import com.annavaram.model.admin.Admin;

/** Admin accounts: listing, creation, enabling and disabling, role changes and password resets. */
@Service
class AdminService {

    static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD = 72;
    static final String TARGET = "admin";

    private final AdminRepository admins;
    private final PasswordEncoder passwords;
    private final AdminMapper mapper;
    private final AuditTrail audit;

    AdminService(AdminRepository admins, PasswordEncoder passwords, AdminMapper mapper, AuditTrail audit) {
        this.admins = admins;
        this.passwords = passwords;
        this.mapper = mapper;
        this.audit = audit;
    }

    AdminResponse get(ObjectId id) {
        return mapper.toResponse(find(id));
    }

    List<AdminResponse> list() {
        return admins.findAll().stream().map(mapper::toResponse).toList();
    }

    AdminResponse create(AdminRequests.Create request) {
        String email = LoginService.normalise(request.email());
        AdminRole role = request.role() == null
                ? AdminRole.ADMIN
                : AdminRole.ofRequest(request.role())
                        .orElseThrow(() -> ApiException.invalidField("/role", "must be admin or super_admin"));
        checkPasswordBytes("/password", request.password());
        if (admins.findByEmail(email).isPresent()) {
            throw ApiException.conflict("An admin with this email already exists");
        }
        Admin admin = new Admin();
        admin.setEmail(email);
        admin.setPassword(passwords.encode(request.password()));
        admin.setRole(role.stored());
        admin.setIsActive(true);
        admin.setFailedLogins(0);
        Admin saved = admins.insert(admin);
        audit.record("admin.create", TARGET, saved.getId(), null, Map.of("email", email, "role", role.stored(),
                "isActive", true));
        return mapper.toResponse(saved);
    }

    AdminResponse update(ObjectId id, AdminRequests.Update request, AdminPrincipal actor) {
        Admin admin = find(id);
        AdminRole currentRole = AdminRole.ofStored(admin.getRole()).orElse(null);
        boolean currentlyActive = !Boolean.FALSE.equals(admin.getIsActive());
        AdminRole role = request.role() == null
                ? currentRole
                : AdminRole.ofRequest(request.role())
                        .orElseThrow(() -> ApiException.invalidField("/role", "must be admin or super_admin"));
        boolean active = request.isActive() == null ? currentlyActive : request.isActive();
        if (request.role() == null && request.isActive() == null) {
            throw ApiException.badRequest("Nothing to change: send isActive or role");
        }
        if (id.equals(actor.id()) && (!active || role != AdminRole.SUPER_ADMIN)) {
            throw ApiException.conflict("You cannot disable or demote your own account");
        }
        boolean losesSuperAdmin = currentRole == AdminRole.SUPER_ADMIN && currentlyActive
                && (!active || role != AdminRole.SUPER_ADMIN);
        if (losesSuperAdmin && admins.countActiveSuperAdmins() <= 1) {
            throw ApiException.conflict("The last active super_admin cannot be disabled or demoted");
        }
        Update update = new Update().set(Admin.IS_ACTIVE, active);
        if (role != null) {
            update.set(Admin.ROLE, role.stored());
        }
        admins.update(id, update);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("isActive", currentlyActive);
        before.put("role", admin.getRole());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("isActive", active);
        after.put("role", role == null ? admin.getRole() : role.stored());
        audit.record("admin.update", TARGET, id, before, after);
        return get(id);
    }

    AdminResponse resetPassword(ObjectId id, AdminRequests.ResetPassword request) {
        find(id);
        checkPasswordBytes("/password", request.password());
        admins.update(id, new Update().set(Admin.PASSWORD, passwords.encode(request.password()))
                .set(Admin.FAILED_LOGINS, 0).unset(Admin.LOCKED_UNTIL));
        // The hash itself never goes into the audit log.
        audit.record("admin.reset_password", TARGET, id, Map.of("password", "(previous)"),
                Map.of("password", "(reset)"));
        return get(id);
    }

    private Admin find(ObjectId id) {
        return admins.findById(id).orElseThrow(() -> ApiException.notFound("Admin not found"));
    }

    private static void checkPasswordBytes(String pointer, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw ApiException.invalidField(pointer, "must be at most " + MAX_PASSWORD + " bytes");
        }
    }
}
