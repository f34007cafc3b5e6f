package io.meetingmemo.memo.domain;

/** Receives what the storage body holds inside one parameter or body: text, user mentions and dates. */
interface ContentSink {

    void append(String text);

    /** An {@code <ri:user/>} element. */
    void user(UserRef user);

    /** A {@code <time datetime="…"/>} element. */
    void time(String datetime, BodyPosition at);
}
