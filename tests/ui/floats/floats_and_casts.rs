//@ mode: run
// f64 and f32 arithmetic, Display and Debug, precision, exponents, casts.
fn main() {
    let a = 0.1 + 0.2;
    let b: f32 = 0.1 + 0.2;
    let c = 1.0;
    let big = 1e21;
    let small = 1e-7;
    let third: f32 = 1.0 / 3.0;
    println!("{} {} {} {} {} {}", a, b, c, big, small, third);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", a, b, c, big, small, third);
    println!("{:?} {:?} {:?} {:?}", 1e15, 1e16, 0.0001, 0.00001);
    println!("{:.2} {:.0} {:.0} {:.0} {:.3} {:8.2} {:<8.2}| {:+.1} {:08.3}", 3.14159, 2.5, 3.5, -0.4, 1.0005, 3.14159, 2.0, 5.0, -1.5);
    println!("{:e} {:e} {:E} {:.2e} {:e}", 1500.0, 0.00025, 123.456, 123.456, 1.0);
    let z = -0.0;
    println!("{} {:?} {} {} {}", z, z, 1.0 / 0.0, -1.0 / 0.0, (0.0f64 / 0.0));
    println!("{} {} {}", 7.0 / 2.0, 7.0 % 2.5, -7.5 % 2.0);
    println!("{} {} {} {}", 2.5f32 * 4.0, 16777217.0f32, 1.0e10f32, 3.4028235e38f32);
    println!("{} {}", 300i32 as u8, -1i32 as u32);
    println!("{} {} {} {}", 3.99 as i32, -3.99 as i32, 1e20 as i32, -1.0 as u8);
    println!("{} {} {} {}", 65u8 as char, 'A' as u32, true as i32, 'é' as u8);
    println!("{} {}", 5 as f64 / 2.0, 255u8 as i8);
    println!("{:?} {:?}", 100.0f32 / 3.0, 1.0e-10f32);
}
