//@ mode: check
// Two arguments given in the wrong order.
fn label(name: &str, age: u32, member: bool) {
    println!("{name} {age} {member}");
}

fn main() {
    label("Ivy", true, 30);
}
