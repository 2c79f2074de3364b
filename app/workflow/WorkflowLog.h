#pragma once

#include <QLoggingCategory>

// The logging category of app/workflow: QT_LOGGING_RULES="cf.workflow.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)
