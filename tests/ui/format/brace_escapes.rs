// Literal braces are written {{ and }}.
fn main() {
    let value = 3;
    println!("{{}}");
    println!("{{{}}}", value);
    println!("set = {{ {}, {} }}", value, value + 1);
    let name = "x";
    println!("{{{name}}} = {value}");
    println!("}}{{");
}
