#pragma once

// QUndoCommand::id() values for the commands that merge with their successor.
enum CommandId {
    MoveTablesCommandId = 1,
    EditTableCommandId,
    EditColumnCommandId,
    EditForeignKeyCommandId,
    EditSchemaCommandId,
};
