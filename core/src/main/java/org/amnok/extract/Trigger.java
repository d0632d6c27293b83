package org.amnok.extract;

import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;

/**
 * A cue found in a sentence, with what its context says about it.
 *
 * @param type incident type the cue states
 * @param head index of the cue's first token in the sentence
 * @param end index after the cue's last token
 * @param noun true when the cue is a noun ("the arrest of"), false for a verb
 * @param status OCCURRED, PLANNED or BLOCKED, from modality and refusal words around it
 */
record Trigger(IncidentType type, int head, int end, boolean noun, Status status) {

    Trigger withStatus(Status newStatus) {
        return new Trigger(type, head, end, noun, newStatus);
    }

    Trigger withType(IncidentType newType) {
        return new Trigger(newType, head, end, noun, status);
    }
}
