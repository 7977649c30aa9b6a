// Shadowing re-binds a name; an inner block's shadow ends with the block.
fn main() {
    let level = 5;
    let level = level * 2;
    {
        let level = level + 1;
        println!("inner level: {}", level);
    }
    println!("outer level: {}", level);

    let label = "ten";
    println!("label is a str: {}", label);
    let label = level > 5;
    println!("label is now a bool: {}", label);
}
