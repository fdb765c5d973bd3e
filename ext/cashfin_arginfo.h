/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c774a4910ab68fd129f1043dec268cf813e9ad22 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_create, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, customer, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_list, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_details, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_update, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, changes, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Cashfin_CustomersInterface_all, 0, 0, Iterator, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_createMany, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, customers, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_updateMany, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, changesById, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_detailsMany, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, ids, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_findByEmail, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomersInterface_lastResponse, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Cashfin_Customers___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, clientSecret, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Cashfin_Customers_create arginfo_class_Cashfin_CustomersInterface_create

#define arginfo_class_Cashfin_Customers_list arginfo_class_Cashfin_CustomersInterface_list

#define arginfo_class_Cashfin_Customers_details arginfo_class_Cashfin_CustomersInterface_details

#define arginfo_class_Cashfin_Customers_update arginfo_class_Cashfin_CustomersInterface_update

#define arginfo_class_Cashfin_Customers_all arginfo_class_Cashfin_CustomersInterface_all

#define arginfo_class_Cashfin_Customers_createMany arginfo_class_Cashfin_CustomersInterface_createMany

#define arginfo_class_Cashfin_Customers_updateMany arginfo_class_Cashfin_CustomersInterface_updateMany

#define arginfo_class_Cashfin_Customers_detailsMany arginfo_class_Cashfin_CustomersInterface_detailsMany

#define arginfo_class_Cashfin_Customers_findByEmail arginfo_class_Cashfin_CustomersInterface_findByEmail

#define arginfo_class_Cashfin_Customers_lastResponse arginfo_class_Cashfin_CustomersInterface_lastResponse

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Cashfin_CustomerIterator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomerIterator_current, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Cashfin_CustomerIterator_key arginfo_class_Cashfin_CustomerIterator_current

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomerIterator_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Cashfin_CustomerIterator_rewind arginfo_class_Cashfin_CustomerIterator_next

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_CustomerIterator_valid, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Cashfin_Exception___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, message, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, httpStatus, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, errors, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, responseBody, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, requestId, IS_STRING, 1, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, previous, Throwable, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_Exception_getHttpStatus, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_Exception_getErrors, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Cashfin_Exception_getResponseBody, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Cashfin_Exception_getRequestId arginfo_class_Cashfin_Exception_getResponseBody

#define arginfo_class_Cashfin_Exception_getIdempotencyKey arginfo_class_Cashfin_Exception_getResponseBody

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Cashfin_RateLimitException___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, message, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, httpStatus, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, errors, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, responseBody, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, requestId, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, retryAfter, IS_LONG, 1, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, previous, Throwable, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Cashfin_RateLimitException_getRetryAfter arginfo_class_Cashfin_Exception_getHttpStatus


ZEND_METHOD(Cashfin_Customers, __construct);
ZEND_METHOD(Cashfin_Customers, create);
ZEND_METHOD(Cashfin_Customers, list);
ZEND_METHOD(Cashfin_Customers, details);
ZEND_METHOD(Cashfin_Customers, update);
ZEND_METHOD(Cashfin_Customers, all);
ZEND_METHOD(Cashfin_Customers, createMany);
ZEND_METHOD(Cashfin_Customers, updateMany);
ZEND_METHOD(Cashfin_Customers, detailsMany);
ZEND_METHOD(Cashfin_Customers, findByEmail);
ZEND_METHOD(Cashfin_Customers, lastResponse);
ZEND_METHOD(Cashfin_CustomerIterator, __construct);
ZEND_METHOD(Cashfin_CustomerIterator, current);
ZEND_METHOD(Cashfin_CustomerIterator, key);
ZEND_METHOD(Cashfin_CustomerIterator, next);
ZEND_METHOD(Cashfin_CustomerIterator, rewind);
ZEND_METHOD(Cashfin_CustomerIterator, valid);
ZEND_METHOD(Cashfin_Exception, __construct);
ZEND_METHOD(Cashfin_Exception, getHttpStatus);
ZEND_METHOD(Cashfin_Exception, getErrors);
ZEND_METHOD(Cashfin_Exception, getResponseBody);
ZEND_METHOD(Cashfin_Exception, getRequestId);
ZEND_METHOD(Cashfin_Exception, getIdempotencyKey);
ZEND_METHOD(Cashfin_RateLimitException, __construct);
ZEND_METHOD(Cashfin_RateLimitException, getRetryAfter);


static const zend_function_entry class_Cashfin_CustomersInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, create, arginfo_class_Cashfin_CustomersInterface_create, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, list, arginfo_class_Cashfin_CustomersInterface_list, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, details, arginfo_class_Cashfin_CustomersInterface_details, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, update, arginfo_class_Cashfin_CustomersInterface_update, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, all, arginfo_class_Cashfin_CustomersInterface_all, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, createMany, arginfo_class_Cashfin_CustomersInterface_createMany, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, updateMany, arginfo_class_Cashfin_CustomersInterface_updateMany, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, detailsMany, arginfo_class_Cashfin_CustomersInterface_detailsMany, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, findByEmail, arginfo_class_Cashfin_CustomersInterface_findByEmail, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Cashfin_CustomersInterface, lastResponse, arginfo_class_Cashfin_CustomersInterface_lastResponse, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_Customers_methods[] = {
	ZEND_ME(Cashfin_Customers, __construct, arginfo_class_Cashfin_Customers___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, create, arginfo_class_Cashfin_Customers_create, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, list, arginfo_class_Cashfin_Customers_list, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, details, arginfo_class_Cashfin_Customers_details, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, update, arginfo_class_Cashfin_Customers_update, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, all, arginfo_class_Cashfin_Customers_all, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, createMany, arginfo_class_Cashfin_Customers_createMany, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, updateMany, arginfo_class_Cashfin_Customers_updateMany, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, detailsMany, arginfo_class_Cashfin_Customers_detailsMany, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, findByEmail, arginfo_class_Cashfin_Customers_findByEmail, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Customers, lastResponse, arginfo_class_Cashfin_Customers_lastResponse, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_CustomerIterator_methods[] = {
	ZEND_ME(Cashfin_CustomerIterator, __construct, arginfo_class_Cashfin_CustomerIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Cashfin_CustomerIterator, current, arginfo_class_Cashfin_CustomerIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_CustomerIterator, key, arginfo_class_Cashfin_CustomerIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_CustomerIterator, next, arginfo_class_Cashfin_CustomerIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_CustomerIterator, rewind, arginfo_class_Cashfin_CustomerIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_CustomerIterator, valid, arginfo_class_Cashfin_CustomerIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_Exception_methods[] = {
	ZEND_ME(Cashfin_Exception, __construct, arginfo_class_Cashfin_Exception___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_Exception, getHttpStatus, arginfo_class_Cashfin_Exception_getHttpStatus, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(Cashfin_Exception, getErrors, arginfo_class_Cashfin_Exception_getErrors, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(Cashfin_Exception, getResponseBody, arginfo_class_Cashfin_Exception_getResponseBody, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(Cashfin_Exception, getRequestId, arginfo_class_Cashfin_Exception_getRequestId, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(Cashfin_Exception, getIdempotencyKey, arginfo_class_Cashfin_Exception_getIdempotencyKey, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_ValidationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_InvalidIdException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_AuthenticationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_PermissionException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_NotFoundException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_DuplicateException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_RateLimitException_methods[] = {
	ZEND_ME(Cashfin_RateLimitException, __construct, arginfo_class_Cashfin_RateLimitException___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Cashfin_RateLimitException, getRetryAfter, arginfo_class_Cashfin_RateLimitException_getRetryAfter, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_ServerException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_ApiException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_ConnectionException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_TimeoutException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Cashfin_UnexpectedResponseException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Cashfin_CustomersInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "CustomersInterface", class_Cashfin_CustomersInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_Customers(zend_class_entry *class_entry_Cashfin_CustomersInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "Customers", class_Cashfin_Customers_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Cashfin_CustomersInterface);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_CustomerIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "CustomerIterator", class_Cashfin_CustomerIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "Exception", class_Cashfin_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_httpStatus_default_value;
	ZVAL_NULL(&property_httpStatus_default_value);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_httpStatus_name);

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	zval property_responseBody_default_value;
	ZVAL_NULL(&property_responseBody_default_value);
	zend_string *property_responseBody_name = zend_string_init("responseBody", sizeof("responseBody") - 1, 1);
	zend_declare_typed_property(class_entry, property_responseBody_name, &property_responseBody_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_responseBody_name);

	zval property_requestId_default_value;
	ZVAL_NULL(&property_requestId_default_value);
	zend_string *property_requestId_name = zend_string_init("requestId", sizeof("requestId") - 1, 1);
	zend_declare_typed_property(class_entry, property_requestId_name, &property_requestId_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_requestId_name);

	zval property_idempotencyKey_default_value;
	ZVAL_NULL(&property_idempotencyKey_default_value);
	zend_string *property_idempotencyKey_name = zend_string_init("idempotencyKey", sizeof("idempotencyKey") - 1, 1);
	zend_declare_typed_property(class_entry, property_idempotencyKey_name, &property_idempotencyKey_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_idempotencyKey_name);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_ValidationException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "ValidationException", class_Cashfin_ValidationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_InvalidIdException(zend_class_entry *class_entry_Cashfin_ValidationException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "InvalidIdException", class_Cashfin_InvalidIdException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_ValidationException);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_AuthenticationException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "AuthenticationException", class_Cashfin_AuthenticationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_PermissionException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "PermissionException", class_Cashfin_PermissionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_NotFoundException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "NotFoundException", class_Cashfin_NotFoundException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_DuplicateException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "DuplicateException", class_Cashfin_DuplicateException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_RateLimitException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "RateLimitException", class_Cashfin_RateLimitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	zval property_retryAfter_default_value;
	ZVAL_NULL(&property_retryAfter_default_value);
	zend_string *property_retryAfter_name = zend_string_init("retryAfter", sizeof("retryAfter") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryAfter_name, &property_retryAfter_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_retryAfter_name);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_ServerException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "ServerException", class_Cashfin_ServerException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_ApiException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "ApiException", class_Cashfin_ApiException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_ConnectionException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "ConnectionException", class_Cashfin_ConnectionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_TimeoutException(zend_class_entry *class_entry_Cashfin_ConnectionException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "TimeoutException", class_Cashfin_TimeoutException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_ConnectionException);

	return class_entry;
}

static zend_class_entry *register_class_Cashfin_UnexpectedResponseException(zend_class_entry *class_entry_Cashfin_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Cashfin", "UnexpectedResponseException", class_Cashfin_UnexpectedResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Cashfin_Exception);

	return class_entry;
}
