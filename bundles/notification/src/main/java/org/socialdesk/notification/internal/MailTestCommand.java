package org.socialdesk.notification.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "socialdesk", name = "mail-test",
        description = "Sends a test mail through the configured SMTP server and prints the server's answer")
@Service
public class MailTestCommand implements Action {

    @Reference
    private MailTest mail;

    @Argument(index = 0, name = "address", required = true, description = "Where to send the test mail")
    private String address;

    public MailTestCommand() {
    }

    MailTestCommand(MailTest mail, String address) {
        this.mail = mail;
        this.address = address;
    }

    @Override
    public Object execute() {
        try {
            System.out.println("Sent. The SMTP server answered: " + mail.send(address));
            return null;
        } catch (MailDeliveryException e) {
            // thrown, so that the console and bin/socialdesk-console exit with an error
            throw new IllegalStateException("Test mail not sent: " + e.getMessage(), e);
        }
    }
}
