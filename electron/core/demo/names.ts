// Fixed, made-up lists the demo clinic is drawn from. Phone numbers use the fictional 555 range and
// e-mail addresses the reserved example.* domains, so no sample record can reach a real person.

export const FEMALE_NAMES = [
  'Abigail', 'Aisha', 'Alejandra', 'Amara', 'Amelia', 'Ana', 'Anjali', 'Beatriz', 'Bethany', 'Camila', 'Carmen', 'Caroline',
  'Chloe', 'Claire', 'Daniela', 'Deborah', 'Diane', 'Eleanor', 'Elena', 'Elif', 'Emily', 'Esther', 'Fatima', 'Fiona',
  'Gabriela', 'Grace', 'Hana', 'Hannah', 'Helen', 'Imani', 'Ingrid', 'Isabel', 'Jasmine', 'Jennifer', 'Joanna', 'Josefina',
  'Julia', 'Karen', 'Keiko', 'Laura', 'Leah', 'Linda', 'Lucia', 'Maeve', 'Margaret', 'Maria', 'Maya', 'Mei', 'Michelle',
  'Nadia', 'Naomi', 'Nicole', 'Nora', 'Olivia', 'Patricia', 'Priya', 'Rachel', 'Rebecca', 'Rosa', 'Ruth', 'Samantha',
  'Sandra', 'Sara', 'Sofia', 'Susan', 'Tamar', 'Teresa', 'Valentina', 'Victoria', 'Yasmin', 'Yuki', 'Zoe',
] as const;

export const MALE_NAMES = [
  'Aaron', 'Abdul', 'Adrian', 'Ahmed', 'Alan', 'Andre', 'Andrew', 'Arjun', 'Benjamin', 'Brian', 'Carlos', 'Charles',
  'Chen', 'Christopher', 'Daniel', 'David', 'Diego', 'Dmitri', 'Edward', 'Emeka', 'Eric', 'Ethan', 'Felipe', 'Frank',
  'Gabriel', 'George', 'Gregory', 'Hassan', 'Henry', 'Hiroshi', 'Ian', 'Isaac', 'Jacob', 'James', 'Javier', 'John',
  'Jorge', 'Joseph', 'Kenji', 'Kevin', 'Kwame', 'Liam', 'Luis', 'Marcus', 'Mark', 'Martin', 'Matthew', 'Michael',
  'Miguel', 'Mohammed', 'Nathan', 'Nikhil', 'Omar', 'Patrick', 'Paul', 'Pedro', 'Peter', 'Rafael', 'Raj', 'Richard',
  'Robert', 'Samuel', 'Sean', 'Stephen', 'Thomas', 'Tomás', 'Victor', 'Walter', 'William', 'Yusuf',
] as const;

export const NEUTRAL_NAMES = ['Alex', 'Avery', 'Casey', 'Jordan', 'Morgan', 'Quinn', 'Riley', 'Rowan', 'Sam', 'Taylor'] as const;

export const LAST_NAMES = [
  'Abernathy', 'Adeyemi', 'Alvarez', 'Álvarez', 'Andersen', 'Bauer', 'Bennett', 'Bergström', 'Brennan', 'Brooks',
  'Castillo', 'Chen', 'Chowdhury', 'Cohen', 'Coleman', 'Costa', 'Dalton', 'Das', 'Delgado', 'Dubois', 'Duffy', 'Edwards',
  'Eriksen', 'Fernández', 'Fischer', 'Fitzgerald', 'Fontaine', 'García', 'Goldberg', 'Gómez', 'Greene', 'Gupta', 'Haddad',
  'Hansen', 'Harper', 'Hayes', 'Hernández', 'Hoffman', 'Hughes', 'Ibrahim', 'Ivanova', 'Jackson', 'Jensen', 'Johansson',
  'Kaplan', 'Kaur', 'Kelly', 'Kim', 'Kowalski', 'Kozlov', 'Larsen', 'Lee', 'Lindqvist', 'López', 'MacDonald', 'Mahoney',
  'Martin', 'Mendoza', 'Mitchell', 'Moreau', 'Morales', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', "O'Brien", 'Okafor',
  'Okonkwo', 'Olsen', 'Ortiz', 'Park', 'Patel', 'Pereira', 'Petrov', 'Quinn', 'Ramírez', 'Reyes', 'Rivera', 'Rossi',
  'Russo', 'Sánchez', 'Santos', 'Schmidt', 'Schneider', 'Sharma', 'Silva', 'Singh', 'Sullivan', 'Tanaka', 'Thompson',
  'Torres', 'Tran', 'Vance', 'Vargas', 'Walsh', 'Weber', 'Williams', 'Wójcik', 'Yamamoto', 'Zhang',
] as const;

export const STREETS = [
  'Main Street', 'River Road', 'Hudson Avenue', 'Maple Lane', 'Oak Street', 'Church Street', 'Market Street', 'Mill Road',
  'North Road', 'South Avenue', 'Elm Street', 'Chestnut Street', 'Washington Avenue', 'Liberty Street', 'Academy Street',
  'Spring Street', 'Orchard Lane', 'Ridge Road', 'Cedar Court', 'Willow Drive', 'Highland Avenue', 'Union Street',
] as const;

/** Hudson Valley towns (New York) with a ZIP code for each. */
export const TOWNS = [
  ['Beacon', '12508'], ['Cold Spring', '10516'], ['Fishkill', '12524'], ['Hyde Park', '12538'], ['Kingston', '12401'],
  ['Newburgh', '12550'], ['New Paltz', '12561'], ['Poughkeepsie', '12601'], ['Rhinebeck', '12572'], ['Wappingers Falls', '12590'],
  ['Highland', '12528'], ['Marlboro', '12542'],
] as const;

export const AREA_CODES = ['845', '914', '518'] as const;

export const PRONOUNS_FEMALE = ['she/her', 'she/her', 'she/her', 'she/they'] as const;
export const PRONOUNS_MALE = ['he/him', 'he/him', 'he/him', 'he/they'] as const;

/** Referring physicians. NPIs are given a valid check digit at run time (see npiWithCheckDigit). */
export const PHYSICIANS = [
  { name: 'Dr. Helen Marsh', practice: 'Riverside Family Medicine' },
  { name: 'Dr. Samuel Osei', practice: 'Hudson Valley Orthopedics' },
  { name: 'Dr. Priya Raman', practice: 'Beacon Internal Medicine' },
  { name: 'Dr. Thomas Keller', practice: 'Mid-Hudson Spine Center' },
  { name: 'Dr. Lucia Ferreira', practice: 'Valley Oncology Associates' },
  { name: 'Dr. Jonathan Pryce', practice: 'Poughkeepsie Sports Medicine' },
  { name: 'Dr. Amina Yusuf', practice: 'Kingston Women’s Health' },
  { name: 'Dr. Robert Lindgren', practice: 'Northside Neurology' },
  { name: 'Dr. Grace Whitfield', practice: 'Riverside Family Medicine' },
  { name: 'Dr. Daniel Cho', practice: 'Hudson Valley Orthopedics' },
  { name: 'Dr. Maria Esposito', practice: 'New Paltz Rheumatology' },
  { name: 'Dr. Kwame Mensah', practice: 'Fishkill Physical Medicine & Rehab' },
] as const;

export const THERAPISTS = [
  { firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT, CMLDT' },
  { firstName: 'Daniel', lastName: 'Reyes', credentials: 'LMT' },
  { firstName: 'Ingrid', lastName: 'Halvorsen', credentials: 'LMT, NCTMB' },
  { firstName: 'Samuel', lastName: 'Park', credentials: 'LMT' },
  { firstName: 'Nadia', lastName: 'Haddad', credentials: 'LMT, CPMT' },
  { firstName: 'Owen', lastName: 'Fitzgerald', credentials: 'LMT' },
] as const;

/** A 10-digit NPI: nine digits of `base`, then the Luhn check digit over "80840" + those nine. */
export function npiWithCheckDigit(base: number): string {
  const nine = String(100_000_000 + (base % 900_000_000)).slice(0, 9);
  const digits = `80840${nine}`.split('').map(Number);
  let sum = 0;
  // Counting from the right of the 14 digits, the rightmost (index 13) is doubled: the check digit follows it.
  digits.forEach((d, i) => {
    let v = d;
    if ((digits.length - i) % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  });
  return `${nine}${(10 - (sum % 10)) % 10}`;
}
