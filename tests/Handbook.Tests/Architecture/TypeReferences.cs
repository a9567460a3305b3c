// Which types a type uses: its signatures, and every type and member its method bodies name (read from the IL).
using System.Reflection;
using System.Reflection.Emit;

namespace Handbook.Tests.Architecture;

internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>Every type <paramref name="type"/> names, generic arguments and element types unwrapped.</summary>
    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var face in type.GetInterfaces()) Add(found, face);
        foreach (var attribute in type.GetCustomAttributesData()) Add(found, attribute.AttributeType);
        foreach (var field in type.GetFields(Declared)) Add(found, field.FieldType);
        foreach (var property in type.GetProperties(Declared)) Add(found, property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) Add(found, info.ReturnType);
            foreach (var parameter in method.GetParameters()) Add(found, parameter.ParameterType);
            foreach (var local in method.GetMethodBody()?.LocalVariables ?? []) Add(found, local.LocalType);
            foreach (var named in InBody(method)) Add(found, named);
        }

        return found;
    }

    /// <summary>The types that the tokens of a method body resolve to: calls, field loads, casts, news, typeof.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[position++]));
            var code = OpCodesByValue[value];
            var operand = OperandSize(code, il, position);
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType
                or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                foreach (var named in Resolve(module, token, method)) yield return named;
            }

            position += operand;
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, MethodBase method)
    {
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return [];
        }

        return member switch
        {
            Type type => [type],
            MethodInfo { IsGenericMethod: true } generic => [generic.DeclaringType!, .. generic.GetGenericArguments()],
            { DeclaringType: { } declaring } => [declaring],
            _ => [],
        };
    }

    private static int OperandSize(OpCode code, byte[] il, int position) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || !found.Add(type)) return;
        if (type.HasElementType) Add(found, type.GetElementType());
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            Add(found, type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments()) Add(found, argument);
        }
    }
}
