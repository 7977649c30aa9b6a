// Assigning a new value to the moved field makes the whole struct usable again.
struct Battery {
    charge: u32,
}

struct Phone {
    battery: Battery,
    model: u32,
}

fn describe(p: Phone) {
    println!("model {} at {}%", p.model, p.battery.charge);
}

fn main() {
    let mut phone = Phone { battery: Battery { charge: 15 }, model: 11 };
    let old = phone.battery;
    println!("old battery at {}%", old.charge);
    println!("model {} still readable", phone.model);
    phone.battery = Battery { charge: 100 };
    describe(phone);
}
