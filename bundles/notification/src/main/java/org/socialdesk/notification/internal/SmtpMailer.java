package org.socialdesk.notification.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Hands one plain-text mail to the configured SMTP server, one connection per mail. */
final class SmtpMailer {

    /** Connect, read and write timeouts: a hanging server must not hold the sender's thread for long. */
    private static final int TIMEOUT_MILLIS = 20_000;
    private static final String SENDER_NAME = "SocialDesk";

    private final MailSettings settings;
    private final Clock clock;

    SmtpMailer(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends the letter and returns the server's answer to it, such as {@code 250 2.0.0 Ok: queued as 4Xyz}.
     *
     * @throws MailDeliveryException when the server did not take it, with what went wrong in words
     */
    String send(String recipient, Letter letter) throws MailDeliveryException {
        // In OSGi the Jakarta Mail API finds its stream provider through the context class loader; Angus Mail's own
        // loader sees it, whatever thread (a scheduler's, the console's) sends.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            return sendWithMailLoader(recipient, letter);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private String sendWithMailLoader(String recipient, Letter letter) throws MailDeliveryException {
        boolean ssl = settings.security() == MailSettings.Security.SSL;
        String protocol = ssl ? "smtps" : "smtp";
        Session session = Session.getInstance(properties(protocol));
        URLName url = new URLName(protocol, settings.host(), settings.port(), null, settings.username(), null);
        SMTPTransport transport = ssl ? new SMTPSSLTransport(session, url) : new SMTPTransport(session, url);
        try {
            MimeMessage message = message(session, recipient, letter);
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
            return transport.getLastServerResponse();
        } catch (MessagingException e) {
            throw failure(e);
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mail was taken or refused before; a failed QUIT changes neither
            }
        }
    }

    private Properties properties(String protocol) {
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(prefix + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty(prefix + "auth", Boolean.toString(settings.username() != null));
        properties.setProperty(prefix + "from", settings.from());
        if (settings.security() == MailSettings.Security.STARTTLS) {
            // required, not merely enabled: a server that stops offering it must not get the password in clear
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private MimeMessage message(Session session, String recipient, Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.from(), SENDER_NAME, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        // bytes with their charset rather than a String: a String would need a content handler from Jakarta
        // Activation's registry, which OSGi hides from the API bundle
        message.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.body().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8")));
        message.saveChanges();
        return message;
    }

    /** What went wrong, in words an operator can act on. */
    private MailDeliveryException failure(MessagingException e) {
        String server = settings.host() + ":" + settings.port();
        if (e instanceof AddressException) {
            return new MailDeliveryException("The address is malformed: " + e.getMessage(), true, e);
        }
        if (e instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return new MailDeliveryException("The server " + server + " refused the recipient: " + detail(e), true,
                    e);
        }
        if (e instanceof AuthenticationFailedException) {
            return new MailDeliveryException("The server " + server + " refused the login"
                    + (settings.username() == null ? "" : " of " + settings.username()) + ": " + detail(e), false, e);
        }
        Throwable cause = rootCause(e);
        if (cause instanceof ConnectException) {
            return new MailDeliveryException("Cannot connect to " + server + ": " + cause.getMessage(), false, e);
        }
        if (cause instanceof UnknownHostException) {
            return new MailDeliveryException("Unknown SMTP host " + settings.host(), false, e);
        }
        if (cause instanceof SocketTimeoutException) {
            return new MailDeliveryException("The server " + server + " did not answer within "
                    + TIMEOUT_MILLIS / 1000 + " s", false, e);
        }
        if (cause instanceof SSLException) {
            return new MailDeliveryException("TLS with " + server + " failed (" + settings.security()
                    + "; is the port right for it?): " + cause.getMessage(), false, e);
        }
        return new MailDeliveryException("The server " + server + " did not take the mail: " + detail(e), false, e);
    }

    private static String detail(MessagingException e) {
        Throwable cause = rootCause(e);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
