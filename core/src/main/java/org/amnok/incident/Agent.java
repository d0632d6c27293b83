package org.amnok.incident;

/** Who acted on the people: Chinese or North Korean authorities, or someone else (Laos, Vietnam). */
public enum Agent {
    CN_AUTHORITIES, KP_AUTHORITIES, OTHER
}
