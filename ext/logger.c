/* The logger option: a PSR-3 logger the client tells about its calls (observer.c decides what it says).
 * The extension does not depend on psr/log: an application that loads Psr\Log\LoggerInterface must pass
 * an object implementing it; one that does not (no psr/log installed) may pass any object with a public
 * log($level, $message, $context) method. */
#include "cashfin_private.h"

#define PSR_LOGGER_INTERFACE "Psr\\Log\\LoggerInterface"

/* The interface only if something loaded it already: looking it up must not run an autoloader. */
static zend_class_entry *loaded_psr_interface(void)
{
    zend_string *name = zend_string_init(PSR_LOGGER_INTERFACE, sizeof(PSR_LOGGER_INTERFACE) - 1, 0);
    zend_class_entry *ce = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);

    zend_string_release(name);
    return ce;
}

static void log_method_of(zval *logger, zval *callable)
{
    array_init_size(callable, 2);
    Z_ADDREF_P(logger);
    add_next_index_zval(callable, logger);
    add_next_index_string(callable, "log");
}

bool cashfin_logger_check(zval *value, uint32_t arg_num, const char *option)
{
    zend_class_entry *psr = loaded_psr_interface();
    zval callable;
    bool has_log;

    if (psr) {
        if (Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), psr)) {
            return true;
        }
        zend_argument_type_error(arg_num, "option \"%s\" must be of type %s, %s given", option, PSR_LOGGER_INTERFACE,
                                 zend_zval_type_name(value));
        return false;
    }
    has_log = false;
    if (Z_TYPE_P(value) == IS_OBJECT) {
        log_method_of(value, &callable);
        has_log = zend_is_callable(&callable, 0, NULL);
        zval_ptr_dtor(&callable);
    }
    if (!has_log) {
        zend_argument_type_error(arg_num,
                                 "option \"%s\" must be a PSR-3 logger (an object with a log() method), %s given",
                                 option, zend_zval_type_name(value));
    }
    return has_log;
}

bool cashfin_log(cashfin_customers *customers, const char *level, const char *message, zval *context)
{
    zval callable, args[3], retval;
    bool logged;

    if (Z_ISUNDEF(customers->logger)) {
        return true;
    }
    log_method_of(&customers->logger, &callable);
    ZVAL_STRING(&args[0], level);
    ZVAL_STRING(&args[1], message);
    ZVAL_COPY_VALUE(&args[2], context);
    if (customers->busy) {
        logged = cashfin_customers_callback(customers, &callable, 3, args);
    } else {
        /* No call under way holds anything: the logger runs as any user function does. */
        ZVAL_UNDEF(&retval);
        logged = call_user_function(NULL, NULL, &callable, &retval, 3, args) == SUCCESS && !EG(exception);
        zval_ptr_dtor(&retval);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&callable);
    return logged;
}
