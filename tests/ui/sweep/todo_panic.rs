//@ mode: run
// Calling a function whose body is still todo!().
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn perimeter(width: u32, height: u32) -> u32 {
    if width == 0 || height == 0 {
        return 0;
    }
    todo!()
}

fn main() {
    println!("area = {}", area(3, 4));
    println!("perimeter = {}", perimeter(0, 4));
    println!("perimeter = {}", perimeter(3, 4));
}
