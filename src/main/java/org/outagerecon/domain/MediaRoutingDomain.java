package org.outagerecon.domain;

/** What the rules need of a media routing domain; an MRD no file describes is {@link #undescribed}. */
public record MediaRoutingDomain(int id, MediaClass mediaClass, int taskLifeSeconds) {

    /** MRD defaults of the Media Routing Domain API (domain.md §5e). */
    public static final int DEFAULT_TASK_LIFE_S = 1200;

    /** rules.md §3: an MRD that no file describes is non-voice and has the default task life. */
    public static MediaRoutingDomain undescribed(int id) {
        return new MediaRoutingDomain(id, MediaClass.OTHER, DEFAULT_TASK_LIFE_S);
    }

    public boolean isVoice() {
        return mediaClass == MediaClass.VOICE;
    }
}
