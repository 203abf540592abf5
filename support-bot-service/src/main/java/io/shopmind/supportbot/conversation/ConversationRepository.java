package io.shopmind.supportbot.conversation;

import io.shopmind.supportbot.understanding.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conversations and their messages in the {@code support} schema. */
@Repository
class ConversationRepository {

    private static final TypeReference<Map<String, String>> SLOTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> ENTITIES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ConversationRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ConversationState state) {
        jdbc.update("""
                INSERT INTO conversation (id, customer_id, language, status, slots, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""", state.id, state.customerId, code(state.language),
                state.status.name(), json.writeValueAsString(state.slots), Timestamp.from(state.createdAt),
                Timestamp.from(state.createdAt));
    }

    /** The conversation, its row locked until the transaction ends, so two messages never interleave. */
    Optional<ConversationState> lock(UUID id) {
        return jdbc.query("SELECT * FROM conversation WHERE id = ? FOR UPDATE", this::state, id).stream().findFirst();
    }

    Optional<ConversationState> find(UUID id) {
        return jdbc.query("SELECT * FROM conversation WHERE id = ?", this::state, id).stream().findFirst();
    }

    void update(ConversationState state, Instant now) {
        jdbc.update("""
                UPDATE conversation SET language = ?, status = ?, form_intent = ?, pending_intent = ?,
                    fallback_stage = ?, slots = ?::jsonb, handoff_reason = ?, handoff_at = ?, agent = ?, updated_at = ?
                WHERE id = ?""", code(state.language), state.status.name(), state.formIntent, state.pendingIntent,
                state.fallbackStage, json.writeValueAsString(state.slots), state.handoffReason,
                state.handoffAt == null ? null : Timestamp.from(state.handoffAt), state.agent, Timestamp.from(now),
                state.id);
    }

    void append(UUID conversation, Message message) {
        jdbc.update("""
                INSERT INTO conversation_message (conversation_id, sender, text, intent, confidence, entities, source,
                    created_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)""", conversation, message.sender().name(),
                message.text(), message.intent(), message.confidence(),
                message.entities() == null ? null : json.writeValueAsString(message.entities()), message.source(),
                Timestamp.from(message.at()));
    }

    List<Message> messages(UUID conversation) {
        return jdbc.query("SELECT * FROM conversation_message WHERE conversation_id = ? ORDER BY id",
                (rs, row) -> new Message(Sender.valueOf(rs.getString("sender")), rs.getString("text"),
                        rs.getString("intent"), rs.getObject("confidence", Double.class),
                        rs.getString("entities") == null ? null : json.readValue(rs.getString("entities"), ENTITIES),
                        rs.getString("source"), rs.getTimestamp("created_at").toInstant()), conversation);
    }

    /** Handed-off conversations in the order they were handed off, the longest waiting first. */
    List<ConversationState> queue(List<ConversationStatus> statuses, int limit) {
        return jdbc.query("""
                SELECT * FROM conversation WHERE status = ANY (?) AND handoff_at IS NOT NULL
                ORDER BY handoff_at LIMIT ?""", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text",
                            statuses.stream().map(Enum::name).toArray()));
                    ps.setInt(2, limit);
                }, this::state);
    }

    private ConversationState state(ResultSet rs, int row) throws SQLException {
        Timestamp handoffAt = rs.getTimestamp("handoff_at");
        return new ConversationState(rs.getObject("id", UUID.class), rs.getString("customer_id"),
                Language.valueOf(rs.getString("language").toUpperCase(Locale.ROOT)),
                ConversationStatus.valueOf(rs.getString("status")), rs.getString("form_intent"),
                rs.getString("pending_intent"), rs.getInt("fallback_stage"),
                json.readValue(rs.getString("slots"), SLOTS), rs.getString("handoff_reason"),
                handoffAt == null ? null : handoffAt.toInstant(), rs.getString("agent"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }
}
