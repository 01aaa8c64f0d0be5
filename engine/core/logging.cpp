#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "stackdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHosts, "stackdesk.hosts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTasks, "stackdesk.tasks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "stackdesk.engine", QtWarningMsg)
