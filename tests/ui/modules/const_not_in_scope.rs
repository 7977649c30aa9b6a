mod limits {
    pub const MAX_USERS: u32 = 10;
}

mod report {
    pub fn show() {
        println!("{}", MAX_USERS);
    }
}

fn main() {
    report::show();
}
