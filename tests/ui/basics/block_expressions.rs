// Blocks are expressions: their last expression is their value.
fn main() {
    let width = 4;
    let area = {
        let height = 3;
        width * height
    };
    let description = {
        let doubled = {
            let twice = area * 2;
            twice + 1
        };
        if doubled > 20 { "large" } else { "small" }
    };
    println!("area = {}, described as {}", area, description);
}
