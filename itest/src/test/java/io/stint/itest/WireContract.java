package io.stint.itest;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * TimeTracker's field names and JSON types, as its clients parse them (timetracker-wire.md): each
 * spec is {@code name:type} pairs, {@code ?} after a type allowing null.
 */
final class WireContract {

    static final String PROJECT = "id:int name:str client_id:int? client:str? status:str billable:bool hourly_rate:number?"
            + " description:str? code:str? estimated_hours:number? is_archived:bool archived_at:str? created_at:str"
            + " updated_at:str total_hours:number budget_amount:number?";
    static final String CLIENT = "id:int name:str email:str? phone:str? address:str? default_hourly_rate:str? status:str"
            + " is_active:bool created_at:str updated_at:str total_projects:int active_projects:int custom_fields:object"
            + " company:str?";
    static final String TASK = "id:int name:str project_id:int status:str priority:str description:str? due_date:str?"
            + " estimated_hours:number? tags:str? tag_list:list assigned_to:int? created_by:int created_at:str total_hours:number";
    static final String TIME_ENTRY = "id:int user_id:int project_id:int? client_id:int? task_id:int? start_time:str"
            + " end_time:str? duration_seconds:int? duration_hours:number? duration_formatted:str break_seconds:int?"
            + " paused_at:str? notes:str? tags:str? tag_list:list source:str billable:bool paid:bool invoice_number:str?"
            + " is_active:bool created_at:str updated_at:str user:str? project:str? client:str? task:str?";
    static final String EXPENSE = "id:int title:str category:str amount:number currency_code:str expense_date:str"
            + " status:str billable:bool reimbursable:bool project_id:int? client_id:int? user_id:int tags:list"
            + " tax_amount:number total_amount:number created_at:str";
    static final String USER = "id:int username:str email:str? role:str is_active:bool full_name:str? display_name:str"
            + " timezone:str? created_at:str";
    static final String PAGINATION = "page:int per_page:int total:int pages:int has_next:bool has_prev:bool"
            + " next_page:int? prev_page:int?";

    private WireContract() {
    }

    /** Fails naming the first field of {@code spec} that {@code object} lacks or types differently. */
    static void check(String what, String spec, JsonNode object) {
        assertTrue(what + " is an object: " + object, object != null && object.isObject());
        for (String field : spec.split(" ")) {
            String[] nameType = field.split(":");
            String name = nameType[0];
            String type = nameType[1];
            boolean nullable = type.endsWith("?");
            JsonNode value = object.get(name);
            assertTrue(what + " has " + name + ": " + object, value != null);
            if (value.isNull()) {
                assertTrue(what + "." + name + " may not be null: " + object, nullable);
                continue;
            }
            boolean ok = switch (type.replace("?", "")) {
                case "int" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "str" -> value.isTextual();
                case "bool" -> value.isBoolean();
                case "list" -> value.isArray();
                case "object" -> value.isObject();
                default -> throw new IllegalArgumentException(type);
            };
            assertTrue(what + "." + name + " is a " + type + ": " + value, ok);
        }
    }
}
