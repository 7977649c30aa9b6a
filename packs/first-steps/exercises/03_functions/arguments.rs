// Call `rectangle_area` with arguments of the right types so the program prints: area: 24

fn rectangle_area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    let area = rectangle_area(6, "4");
    println!("area: {area}");
}
