#include "app/workflow/WorkflowLog.h"

Q_LOGGING_CATEGORY(lcWorkflow, "cf.workflow", QtInfoMsg)
