// Comparison operators and the logical operators &&, || and !.
fn main() {
    let age = 17;
    let has_ticket = true;
    let is_adult = age >= 18;
    println!("adult: {}", is_adult);
    println!("can enter: {}", is_adult && has_ticket);
    println!("needs a guardian: {}", !is_adult || !has_ticket);
    println!("{} {} {} {}", age == 17, age != 17, age < 20, age <= 16);
    println!("{} {}", age > 16, true && !false);
}
