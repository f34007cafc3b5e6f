package com.atlassian.mail;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stand-in for one mail to send: addresses, subject, body and its MIME type. Setters return the mail (fluent);
 * a stand-in declaring them {@code void} would fail at run time with NoSuchMethodError.
 * <p>Signature source: atlassian-mail 5.3.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); on Confluence 10.2 MailServerManager and SMTPMailServer are called by deftdevs/bootstrapi (MailServerServiceImpl); platform-next-features.md §2.1. Only members free of javax/jakarta.mail types are declared. Defaults: MIME type {@code text/plain}, encoding {@code UTF-8}; the
 * constructor rejects a blank recipient.
 */
public class Email implements Serializable {
    private static final long serialVersionUID = 1L;
    private String to;
    private String cc;
    private String bcc;
    private String from;
    private String fromName;
    private String replyTo;
    private String inReplyTo;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private boolean excludeSubjectPrefix;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email(String to, String cc, String bcc) {
        if ((to == null || to.isBlank()) && (cc == null || cc.isBlank()) && (bcc == null || bcc.isBlank())) {
            throw new IllegalArgumentException("One of 'To', 'CC' or 'BCC' is required");
        }
        this.to = to;
        this.cc = cc;
        this.bcc = bcc;
    }

    public Email setTo(String to) { this.to = to; return this; }
    public Email setCc(String cc) { this.cc = cc; return this; }
    public Email setBcc(String bcc) { this.bcc = bcc; return this; }
    public Email setFrom(String from) { this.from = from; return this; }
    public Email setFromName(String fromName) { this.fromName = fromName; return this; }
    public Email setReplyTo(String replyTo) { this.replyTo = replyTo; return this; }
    public Email setInReplyTo(String inReplyTo) { this.inReplyTo = inReplyTo; return this; }
    public Email setSubject(String subject) { this.subject = subject; return this; }
    public Email setBody(String body) { this.body = body; return this; }
    public Email setMimeType(String mimeType) { this.mimeType = mimeType; return this; }
    public Email setEncoding(String encoding) { this.encoding = encoding; return this; }
    public Email setExcludeSubjectPrefix(boolean exclude) { this.excludeSubjectPrefix = exclude; return this; }

    public void addHeader(String name, String value) {
        headers.put(name, value);
    }

    public String getTo() { return to; }
    public String getCc() { return cc; }
    public String getBcc() { return bcc; }
    public String getFrom() { return from; }
    public String getFromName() { return fromName; }
    public String getReplyTo() { return replyTo; }
    public String getInReplyTo() { return inReplyTo; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getMimeType() { return mimeType; }
    public String getEncoding() { return encoding; }
    public boolean isExcludeSubjectPrefix() { return excludeSubjectPrefix; }

    public Map<String, String> getHeaders() {
        return Collections.unmodifiableMap(headers);
    }
}
