package org.outagerecon.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.system.BadInputException;

/**
 * The media class of an MRD that has none of ours, only its HDS media class (data-contract.md §1): set explicitly
 * for its MediaClassID or its name (setting {@code recon.media-classes}, {@code 7=CHAT,Cisco_Fax=OTHER}), else
 * from the name by {@link MediaClass#ofName}.
 */
public record MediaClasses(Map<Integer, MediaClass> byId, Map<String, MediaClass> byName) {

    public static final MediaClasses NONE = new MediaClasses(Map.of(), Map.of());

    public MediaClasses {
        byId = Map.copyOf(byId);
        byName = Map.copyOf(byName);
    }

    /**
     * @param setting {@code ID=CLASS} or {@code NAME=CLASS}, comma-separated; names compared without case
     * @throws BadInputException naming the setting when an entry does not parse
     */
    public static MediaClasses parse(String setting) {
        Map<Integer, MediaClass> byId = new HashMap<>();
        Map<String, MediaClass> byName = new HashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            String key = equals > 0 ? entry.substring(0, equals).strip() : "";
            MediaClass mediaClass = equals > 0 ? mediaClass(entry.substring(equals + 1).strip()) : null;
            if (key.isEmpty() || mediaClass == null) {
                throw new BadInputException("recon.media-classes (RECON_MEDIA_CLASSES): '" + entry.strip()
                        + "' is not ID=CLASS or NAME=CLASS (CLASS one of VOICE, CHAT, EMAIL, TASK, OTHER)");
            }
            if (key.matches("-?\\d+")) {
                byId.put(Integer.valueOf(key), mediaClass);
            } else {
                byName.put(key.toLowerCase(Locale.ROOT), mediaClass);
            }
        }
        return new MediaClasses(byId, byName);
    }

    private static MediaClass mediaClass(String name) {
        try {
            return MediaClass.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The class set for the ID, else for the name, else by the name; null without a name to go by. */
    MediaClass of(Integer mediaClassId, String name) {
        MediaClass explicit = mediaClassId == null ? null : byId.get(mediaClassId);
        if (explicit == null && name != null) {
            explicit = byName.get(name.toLowerCase(Locale.ROOT));
        }
        return explicit != null || name == null ? explicit : MediaClass.ofName(name);
    }
}
