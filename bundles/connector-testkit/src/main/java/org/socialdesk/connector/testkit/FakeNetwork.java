package org.socialdesk.connector.testkit;

import java.util.List;
import java.util.Optional;
import org.socialdesk.connector.CommentRef;

/**
 * The test's handle on a fake network that the connector under test talks to: it changes the network behind the
 * connector's back (people commenting, faults) and shows what the network holds afterwards.
 *
 * <p>Everything here concerns the fixture's one account.
 */
public interface FakeNetwork {

    /** The account's name as the network shows it on its card. */
    String accountName();

    /** Posts on the account directly, as if an editor did it by hand, and returns the post's id. */
    String addPost(String text);

    /** A new person comments on the post; returns where the comment is. */
    CommentRef addComment(String postId, String text);

    /** A new person answers the comment within its thread. */
    CommentRef addReply(CommentRef comment, String text);

    /** Whether the network still shows the comment. */
    boolean holdsComment(CommentRef comment);

    /** Texts of the replies the account itself wrote to the comment, oldest first. */
    List<String> repliesFromAccount(CommentRef comment);

    /** Whether the user is restricted on the account now. */
    boolean isRestricted(String userId);

    /** The post with this id, if the network holds it (shown or delayed). */
    Optional<PostOnNetwork> post(String postId);

    /** How many posts of the account, shown or delayed, have exactly this text. */
    int postsWithText(String text);

    /** The network answers the connector's next request with this fault and carries nothing out. */
    void failNextRequest(NetworkFault fault);

    /**
     * The network makes the next post it is asked for, but its answer never reaches the connector (a dropped
     * connection or a crash after sending), so the connector cannot tell whether the post was made.
     */
    void loseNextPostAnswer();

    /** How many requests the connector has sent so far, faulted ones included. */
    int requestsServed();
}
