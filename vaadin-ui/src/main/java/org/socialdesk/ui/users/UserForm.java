package org.socialdesk.ui.users;

import java.io.Serializable;

/** What the user dialogs' binder writes to; the password dialog uses only the password and its repetition. */
final class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username = "";
    private String displayName = "";
    private String password = "";
    private String repeated = "";

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPassword() {
        return password;
    }

    void setPassword(String password) {
        this.password = password;
    }

    String getRepeated() {
        return repeated;
    }

    void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
