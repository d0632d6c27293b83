package org.amnok.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Login, logout, the user's own account (API tokens) and the admin's user list. */
final class AuthPages {
    private final App app;

    AuthPages(App app) {
        this.app = app;
    }

    void register(Javalin javalin) {
        javalin.get("/login", this::loginForm);
        javalin.post("/login", this::login);
        javalin.post("/logout", this::logout, Role.VIEWER);
        javalin.get("/account", this::account, Role.VIEWER);
        javalin.post("/account/tokens", this::createToken, Role.VIEWER);
        javalin.post("/account/password", this::changePassword, Role.VIEWER);
        javalin.get("/admin/users", this::users, Role.ADMIN);
        javalin.post("/admin/users", this::createUser, Role.ADMIN);
        javalin.post("/admin/users/{name}/delete", this::deleteUser, Role.ADMIN);
    }

    private void loginForm(Context ctx) {
        showLogin(ctx, null);
    }

    private void showLogin(Context ctx, String error) {
        String nonce = Secrets.token();
        Security.cookie(ctx, Security.LOGIN_COOKIE, nonce, 3600);
        String next = safeNext(ctx.queryParam("next")).orElse(safeNext(ctx.formParam("next")).orElse("/"));
        Page.render(ctx, "Log in", (error == null ? "" : "<p class=\"error\" id=\"login-error\">" + Html.esc(error)
                + "</p>") + "<form method=\"post\" action=\"/login\" class=\"login\">"
                + "<input type=\"hidden\" name=\"_login\" value=\"" + Html.esc(nonce) + "\">"
                + "<input type=\"hidden\" name=\"next\" value=\"" + Html.esc(next) + "\">"
                + "<label>user <input name=\"name\" id=\"name\" autocomplete=\"username\" required></label>"
                + "<label>password <input type=\"password\" name=\"password\" id=\"password\""
                + " autocomplete=\"current-password\" required></label>"
                + "<button type=\"submit\" id=\"login\">Log in</button></form>");
    }

    private void login(Context ctx) {
        String name = ctx.formParam("name");
        String address = ctx.ip();
        Duration wait = app.throttle().wait(name, address);
        if (!wait.isZero()) {
            ctx.status(429).header("Retry-After", Long.toString(wait.toSeconds() + 1));
            showLogin(ctx, "too many failed logins; try again in " + (wait.toMinutes() + 1) + " minutes");
            return;
        }
        if (!Secrets.same(ctx.cookie(Security.LOGIN_COOKIE), ctx.formParam("_login"))) {
            ctx.status(403);
            showLogin(ctx, "the login form expired; enter your name and password again");
            return;
        }
        Optional<Principal> user = app.accounts().findByPassword(name, ctx.formParam("password"));
        if (user.isEmpty()) {
            app.throttle().failed(name, address);
            ctx.status(401);
            showLogin(ctx, "wrong user name or password");
            return;
        }
        app.throttle().succeeded(name);
        Accounts.Session session = app.accounts().openSession(user.get());
        Security.cookie(ctx, Security.SESSION_COOKIE, session.cookie(), Accounts.SESSION_LIFETIME.toSeconds());
        Security.cookie(ctx, Security.LOGIN_COOKIE, "", 0);
        ctx.redirect(safeNext(ctx.formParam("next")).orElse("/"));
    }

    /** {@code next} when it is a path on this site (never another host: no open redirect). */
    static Optional<String> safeNext(String next) {
        return Optional.ofNullable(next).filter(n -> n.matches("/(?![/\\\\])[^\\s]*"));
    }

    private void logout(Context ctx) {
        app.accounts().closeSession(ctx.cookie(Security.SESSION_COOKIE));
        Security.cookie(ctx, Security.SESSION_COOKIE, "", 0);
        ctx.redirect("/login");
    }

    private void account(Context ctx) {
        accountPage(ctx, null);
    }

    private void accountPage(Context ctx, String newToken) {
        Principal p = Security.principal(ctx);
        String shown = newToken == null ? "" : "<p class=\"notice\">Your new API token (shown once, copy it now):"
                + " <code id=\"new-token\">" + Html.esc(newToken) + "</code></p>";
        String change = (p.mustChange() ? "<p class=\"error\" id=\"must-change\">Your password was given to you:"
                + " choose your own before anything else.</p>" : "") + "<h2>Password</h2>"
                + "<form method=\"post\" action=\"/account/password\">" + Html.csrfField(p.csrf())
                + Views.input("current", "password", "") + Views.input("password", "password", "")
                + "<button type=\"submit\" id=\"change-password\">Change password</button></form>";
        if (p.mustChange()) {
            Page.render(ctx, "Account", change);
            return;
        }
        Page.render(ctx, "Account", shown + "<p>Signed in as <b>" + Html.esc(p.name()) + "</b>, role "
                + Html.esc(p.role().column()) + ".</p><h2>API tokens</h2><p>Scripts send a token as"
                + " <code>Authorization: Bearer TOKEN</code>; it acts with your role.</p>"
                + "<form method=\"post\" action=\"/account/tokens\">" + Html.csrfField(p.csrf())
                + Views.input("label", "text", "") + "<button type=\"submit\">Create token</button></form>" + change);
    }

    private void changePassword(Context ctx) {
        Principal p = Security.principal(ctx);
        app.accounts().changePassword(p, ctx.formParam("current"), ctx.formParam("password"));
        app.store().audit(p.name(), "user:" + p.name(), null, Json.write(Json.object("password", "changed")));
        ctx.redirect("/account");
    }

    private void createToken(Context ctx) {
        Principal p = Security.principal(ctx);
        accountPage(ctx, app.accounts().createToken(p, ctx.formParam("label")));
    }

    private void users(Context ctx) {
        usersPage(ctx, null);
    }

    private void usersPage(Context ctx, String notice) {
        Principal p = Security.principal(ctx);
        List<List<String>> rows = app.accounts().users().stream().map(u -> List.of(Html.esc(u.name()),
                Html.esc(u.role().column()), Html.esc(u.createdAt()), u.name().equals(p.name()) ? ""
                        : "<form method=\"post\" action=\"/admin/users/" + Html.esc(Views.seg(u.name()))
                        + "/delete\">" + Html.csrfField(p.csrf()) + "<button type=\"submit\">delete</button></form>"))
                .toList();
        Page.render(ctx, "Users", (notice == null ? "" : "<p class=\"notice\">" + Html.esc(notice) + "</p>")
                + Page.table("users", List.of("name", "role", "created", ""), rows)
                + "<h2>New user</h2><form method=\"post\" action=\"/admin/users\">" + Html.csrfField(p.csrf())
                + Views.input("name", "text", "") + Views.select("role", Role.values(), Role.VIEWER)
                + Views.input("password", "password", "") + "<button type=\"submit\">Create</button></form>");
    }

    private void createUser(Context ctx) {
        Role role = Role.find(ctx.formParam("role")).orElseThrow(() -> WebProblem.badRequest("bad_role",
                "role must be one of admin, editor, viewer"));
        Accounts.User u = app.accounts().createUser(ctx.formParam("name"), role, ctx.formParam("password"));
        app.accounts().requireChange(u.name());
        app.store().audit(Security.principal(ctx).name(), "user:" + u.name(), null,
                Json.write(Json.object("name", u.name(), "role", u.role().column())));
        usersPage(ctx, "created " + u.name() + " (" + u.role().column() + ")");
    }

    private void deleteUser(Context ctx) {
        String name = ctx.pathParam("name");
        Principal p = Security.principal(ctx);
        if (name.equals(p.name())) {
            throw WebProblem.badRequest("self", "you cannot delete yourself; ask another admin");
        }
        if (!app.accounts().deleteUser(name)) {
            throw WebProblem.notFound("user " + name);
        }
        app.store().audit(p.name(), "user:" + name, Json.write(Json.object("name", name)), null);
        usersPage(ctx, "deleted " + name);
    }
}
